-- The colleagues first coached by name in [$2, $3], followed to runs and badges up to $1
-- (coached_colleague_outcome): how many, and how many started in a run or earned a badge after.
SELECT count(*)                                AS followed,
       count(*) FILTER (WHERE enrolled_after)  AS enrolled_after,
       count(*) FILTER (WHERE badge_after)     AS badge_after
FROM coached_colleague_outcome($1)
WHERE first_coached_on BETWEEN $2 AND $3
