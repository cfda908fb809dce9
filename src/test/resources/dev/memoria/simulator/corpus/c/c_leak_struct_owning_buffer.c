#include <stdio.h>
#include <stdlib.h>

typedef struct {
    char *buf;
    size_t cap;
} Buffer;

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    Buffer *b = malloc(sizeof(Buffer));
    b->cap = 32;
    b->buf = malloc(b->cap);
    b->buf[0] = 'a';
    printf("%zu\n", sizeof(Buffer));
    free(b); // frees the header only: the 32-byte buffer leaks (directly)
    return 0;
}
