#pragma once

#include <QString>

#include <initializer_list>

class QComboBox;

namespace Gui {

// Choices shown in the user's language but stored in the source words of the paper form: the
// records, the rules, the report tables and sync compare those words, so an English screen must
// store "电话", not "Phone". `sources` are QT_TRANSLATE_NOOP(context, "...") literals; an empty
// string adds a blank item.
void addSourceItems(QComboBox *box, const char *context,
                    std::initializer_list<const char *> sources);
// The stored word of the current item (the source word; "" for a blank item; the text itself for
// an item added without one).
QString sourceText(const QComboBox *box);

} // namespace Gui
