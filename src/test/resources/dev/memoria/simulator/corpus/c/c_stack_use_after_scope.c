#include <stdio.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int *p;
    {
        int x = 5;
        p = &x;
        printf("inside %d\n", *p);
    } // @show: x's scope has ended; p dangles
    printf("outside %d\n", *p); // @expect(stack-use-after-scope)
    return 0;
}
