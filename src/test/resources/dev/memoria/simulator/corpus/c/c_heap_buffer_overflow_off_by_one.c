#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int n = 5;
    int *a = malloc(n * sizeof(int));
    for (int i = 0; i <= n; i++) { // <= writes one element past the end
        a[i] = i; // @expect(heap-buffer-overflow)
        printf("%d ", a[i]);
    }
    printf("\n");
    free(a);
    return 0;
}
