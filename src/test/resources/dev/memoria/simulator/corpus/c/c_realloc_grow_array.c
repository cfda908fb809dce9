#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    size_t cap = 2;
    size_t len = 0;
    int *items = malloc(cap * sizeof(int));
    for (int i = 1; i <= 5; i++) {
        if (len == cap) {
            cap *= 2;
            items = realloc(items, cap * sizeof(int)); // @show: the contents move to a bigger block
        }
        items[len] = i * i;
        len++;
    }
    printf("len %zu cap %zu last %d\n", len, cap, items[len - 1]);
    free(items);
    return 0;
}
