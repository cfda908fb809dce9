#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *a = malloc(1);
    double *b = calloc(3, sizeof(double));
    long *c = malloc(sizeof(long) * 100);
    a[0] = 'a';
    b[0] = 1.5;
    c[0] = 9;
    printf("%c %f %ld\n", a[0], b[0], c[0]);
    a = NULL;
    b = NULL;
    c = NULL;
    return 0;
}
