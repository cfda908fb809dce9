#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char name[8];
    memset(name, 0, sizeof name);
    strncpy(name, "abcdefghij", sizeof name - 1);
    int src[3] = {1, 2, 3};
    int *dst = malloc(sizeof src);
    memcpy(dst, src, sizeof src);
    memset(dst, 0, sizeof(int));
    printf("%s %d %d %d\n", name, dst[0], dst[1], dst[2]);
    free(dst);
    return 0;
}
