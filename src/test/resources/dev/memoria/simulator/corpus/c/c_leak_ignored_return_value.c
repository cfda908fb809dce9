#include <stdio.h>
#include <stdlib.h>

double *make_samples(int n) {
    double *s = calloc(n, sizeof(double));
    return s;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    make_samples(5); // the only pointer to 40 bytes is thrown away
    double *kept = make_samples(2);
    printf("%f\n", kept[1]);
    free(kept);
    return 0;
}
