#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    long *counts = calloc(4, sizeof(long));
    counts[2] = 7;
    for (int i = 0; i < 4; i++) {
        printf("%ld ", counts[i]);
    }
    printf("\n");
    free(counts);
    return 0;
}
