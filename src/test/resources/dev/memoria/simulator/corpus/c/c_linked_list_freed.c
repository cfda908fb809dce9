#include <stdio.h>
#include <stdlib.h>

struct Node {
    int value;
    struct Node *next;
};

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    struct Node *head = NULL;
    for (int i = 1; i <= 3; i++) {
        struct Node *n = malloc(sizeof(struct Node));
        n->value = i;
        n->next = head;
        head = n;
    }
    for (struct Node *p = head; p != NULL; p = p->next) {
        printf("%d ", p->value);
    }
    printf("\n");
    while (head != NULL) {
        struct Node *next = head->next;
        free(head);
        head = next;
    }
    return 0;
}
