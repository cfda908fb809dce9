#include <stdio.h>
#include <stdlib.h>

struct Node {
    int value;
    struct Node *next;
};

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    struct Node *n = malloc(sizeof(struct Node));
    n->value = 1;
    n->next = NULL;
    printf("%d\n", n->value);
    printf("%d\n", n->next->value); // @expect(segv)
    free(n);
    return 0;
}
