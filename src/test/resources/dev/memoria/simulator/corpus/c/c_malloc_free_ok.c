#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int *p = malloc(sizeof(int)); // @show: 4 bytes on the heap, p on the stack
    *p = 42;
    printf("%d\n", *p);
    free(p); // @show: the block is freed; p still holds its old address
    p = NULL;
    return 0;
}
