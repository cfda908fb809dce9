#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int *v = malloc(4 * sizeof(int));  // @show: 16 bytes en el heap
    v[0] = 42;
    free(v);                           // @show: bloque liberado; v queda colgando
    printf("%d\n", v[0]);              // @show(before) @expect(heap-use-after-free)
    return 0;
}
