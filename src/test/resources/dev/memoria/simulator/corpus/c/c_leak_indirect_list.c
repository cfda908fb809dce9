#include <stdio.h>
#include <stdlib.h>

struct Node {
    int value;
    struct Node *next;
};

struct Node *push(struct Node *head, int value) {
    struct Node *n = malloc(sizeof(struct Node));
    n->value = value;
    n->next = head;
    return n;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    struct Node *head = NULL;
    head = push(head, 1);
    head = push(head, 2);
    head = push(head, 3);
    printf("head %d\n", head->value);
    head = NULL; // the first node is a direct leak, the two behind it indirect
    return 0;
}
