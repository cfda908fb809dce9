#include <stdio.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *s = "read-only";
    printf("%s\n", s);
    s[0] = 'R'; // string literals live in read-only memory
    printf("%s\n", s);
    return 0;
}
