#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int *data;
} Holder;

void cleanup(Holder *h) {
    free(h->data);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    Holder h;
    h.data = malloc(3 * sizeof(int));
    Holder copy = h; // shallow copy: both structs point at the same block
    cleanup(&h);
    puts("first cleanup done");
    cleanup(&copy);
    return 0;
}
