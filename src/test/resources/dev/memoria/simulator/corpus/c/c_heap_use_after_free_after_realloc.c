#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int *items = malloc(2 * sizeof(int));
    int *first = &items[0];
    items = realloc(items, 100 * sizeof(int)); // may move: first now dangles
    *first = 5;
    free(items);
    return 0;
}
