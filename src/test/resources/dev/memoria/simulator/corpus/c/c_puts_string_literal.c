#include <stdio.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    const char *greeting = "hello"; // points into read-only static memory
    char local[] = "hello";         // a writable copy on the stack
    local[0] = 'j';
    puts(greeting);
    puts(local);
    printf("%zu %zu\n", sizeof greeting, sizeof local);
    return 0;
}
