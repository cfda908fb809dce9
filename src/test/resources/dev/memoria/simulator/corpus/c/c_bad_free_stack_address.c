#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int x = 5;
    int *p = &x;
    printf("%d\n", *p);
    free(p); // @expect(bad-free)
    return 0;
}
