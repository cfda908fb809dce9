// @hide-start
#include <stdio.h>
#include <stdlib.h>
// @hide-end

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0); // @hide
    int *a = malloc(3 * sizeof(int)); // @show: 12 bytes, not initialised yet
    a[0] = 1;
    a[1] = 2;
    a[2] = a[0] + a[1];
    printf("%d\n", a[2]); // @show
    free(a); // @show: freed
    return 0;
}
