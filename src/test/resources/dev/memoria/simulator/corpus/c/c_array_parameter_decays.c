#include <stdio.h>

size_t size_in_callee(int values[10]) {
    return sizeof values; // the array parameter is really a pointer
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int values[10] = {0};
    printf("%zu %zu\n", sizeof values, size_in_callee(values));
    printf("%zu\n", sizeof values / sizeof values[0]);
    return 0;
}
