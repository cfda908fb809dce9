#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *a = malloc(8);   // @show
    char *b = a;           // @show: dos punteros, un solo bloque (alias)
    free(a);               // @show: liberado; a y b cuelgan
    free(b);               // @expect(double-free)
    return 0;
}
