#pragma once

class QTableView;

namespace Gui {

// How every list of the workstation reads: whole rows selected, one at a time, never edited in
// place, alternate rows shaded, one line a row at a height that fits the font, no row numbers,
// and one column taking the spare width: the last one, or `stretchColumn` (the others keep the
// widths the screen gives them; give it once the view has its columns).
void setUpReadOnlyTable(QTableView *view, int stretchColumn = -1);

} // namespace Gui
