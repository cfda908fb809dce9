#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    const char *src = "overflow";
    char *dst = malloc(strlen(src)); // forgot the + 1 for the terminating zero
    printf("copying %zu chars\n", strlen(src));
    strcpy(dst, src);
    printf("%s\n", dst);
    free(dst);
    return 0;
}
