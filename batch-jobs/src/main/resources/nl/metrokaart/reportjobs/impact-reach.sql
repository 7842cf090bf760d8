-- Reach (reach) over one period [$1, $2]: a quarter of the programme period, or the whole of it.
SELECT split, value, participants, companies, mkb_companies, mkb_share FROM reach($1, $2)
