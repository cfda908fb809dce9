#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    double avg = (double)7 / 2;
    int truncated = (int)3.99;
    char small = (char)65;
    long big = (long)2147483647 + 1;
    void *raw = malloc(2 * sizeof(double));
    double *ds = (double *)raw;
    ds[0] = avg;
    ds[1] = truncated;
    printf("%f %d %c %ld %f\n", ds[0], truncated, small, big, ds[1]);
    free(raw);
    return 0;
}
