* INPUT @ takes no ON ERROR or LOCKED clause: after the variable (or its
* length) a reserved word ON is no mask, so ON ERROR starts an ON statement
* ("Expected GOSUB, GOTO or GO"); LOCKED starts no statement
INPUT @(1,2):V ON ERROR NULL
INPUT @(1,2):V, 5 ON ERROR NULL
INPUT V ON ERROR NULL
INPUT @(1,2):V LOCKED NULL
END
