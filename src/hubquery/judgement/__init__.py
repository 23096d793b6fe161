"""What may be put side by side: the one judgement every view asks.

`history` (changes), `rank` and `list --sort` (orders), `compare` (bars), `check`
(verdicts), `cite` and charts never re-derive these rules; they ask here and print the
reason this module gives, in its words, when the answer is no. Pure: no I/O, no store,
no click, no rich; records in, small named tuples out.

The rules (PRODUCT.md, "What may be put side by side"):

- A figure *stands* on its own when it held in its period: not a report-period figure
  (``period_of: report``), not a target or an aspiration, not a threshold that a
  sentence sets for a group. Only standing figures are joined into a change, an order
  or a bar; the others are shown, with the reason, never numbered or joined.
- Two figures are *comparable* when metric, unit, subject, basis and status agree,
  currencies are not mixed and neither is derived from the other. A threshold is
  comparable only as an interval (``--where``, ``check``), never joined.
- A *change* is computed only between comparable standing figures of periods that do
  not overlap; it is an interval when either end is hedged, and no change is claimed
  when that interval contains zero. For ranks lower is better: 15th → 14th is "up 1
  place".
- A figure stated in words keeps them: "two-thirds (≈67 %)", approximate wherever it is
  compared.
- An *order* is made only among mutually comparable standing figures inside a period
  window; the rest are left out with the reason.
- A claim is *supported* when the held interval lies inside the claim's, *contradicted*
  when the two cannot both hold, *unsupported* otherwise.

The rules live in seven modules, each imported by what needs it (so that `show` never
loads `check`'s verdicts):

- `figures`: `standing`, `comparable`, `joinable`, `precision` and `period_label`:
  what one figure is and whether two measure the same thing;
- `changes`: `change`, from one figure to a later comparable one;
- `orders`: `order`, `place`, `sense`, `preferred`, and the bars of `drawable`;
- `claims`: a writer's claimed figure against the figures held (`check`);
- `answering`: which held figures answer a claim's time and status (`claims` asks);
- `forms`: a claim in a form a checker works out first (a fraction in words);
- `levels`: a level a year before, or its change over the year, from a level and its growth.
"""
