* Reads one DATA line with the prompt it starts with, then changes the prompt
DATA "child"
INPUT Y
PROMPT "!"
