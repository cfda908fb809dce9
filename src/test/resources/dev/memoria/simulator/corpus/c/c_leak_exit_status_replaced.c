#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *kept = malloc(3);
    kept[0] = 'x';
    kept = NULL;
    puts("main returns 7, but LeakSanitizer exits 1");
    return 7;
}
