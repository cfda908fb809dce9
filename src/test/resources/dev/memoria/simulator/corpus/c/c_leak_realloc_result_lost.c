#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int *v = malloc(4 * sizeof(int));
    v = realloc(v, 16 * sizeof(int)); // the old 16-byte block is freed by realloc
    v[15] = 1;
    printf("%d\n", v[15]);
    v = NULL; // the new 64-byte block leaks
    return 0;
}
