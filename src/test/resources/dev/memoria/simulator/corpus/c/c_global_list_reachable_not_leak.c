#include <stdio.h>
#include <stdlib.h>

struct Node {
    int value;
    struct Node *next;
};

struct Node *registry = NULL;

void add(int value) {
    struct Node *n = malloc(sizeof(struct Node));
    n->value = value;
    n->next = registry;
    registry = n;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    add(1);
    add(2);
    add(3);
    printf("%d\n", registry->next->value);
    return 0; // every node is reachable from the global, directly or through the list
}
