#include <stdio.h>

long sum_to(long n) {
    if (n == 0) {
        return 0;
    }
    return n + sum_to(n - 1);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("%ld\n", sum_to(100));
    return 0;
}
