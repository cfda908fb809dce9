#include <stdio.h>

int table[4] = {1, 2, 3, 4};

int lookup(int i) {
    return table[i];
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("%d\n", lookup(3));
    printf("%d\n", lookup(4)); // @show(before)
    return 0;
}
