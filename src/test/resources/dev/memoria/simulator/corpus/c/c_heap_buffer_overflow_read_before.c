#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    long *v = calloc(3, sizeof(long));
    long *p = v + 2;
    printf("%ld\n", p[0]);
    printf("%ld\n", p[-3]); // one element before the block
    free(v);
    return 0;
}
