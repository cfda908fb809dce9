#include <stdlib.h>

int main(void) {
    char *p = malloc(8);   // @show
    char *q = p;           // @show
    free(p);               // @show
    free(q);               // @show @expect(double-free)
    return 0;
}
