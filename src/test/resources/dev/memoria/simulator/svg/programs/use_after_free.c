#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int *v = malloc(4 * sizeof(int));  // @show
    v[0] = 42;
    free(v);                           // @show
    printf("%d\n", v[0]);              // @show(before) @expect(heap-use-after-free)
    return 0;
}
