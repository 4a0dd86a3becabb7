#pragma once

#include <QJsonObject>

class QWidget;

namespace Gui::FormSnapshot {

// Every input of a form (line and text edits, combo boxes, spin boxes, date edits, checkable
// buttons, list widgets) as JSON, keyed by object name or by class and creation order, so any
// dialog built the same way can be saved as a draft and filled in again without code of its own.
// A widget with the property "jiayiDraft" set to false (and everything inside it) is left out.
QJsonObject take(const QWidget *form);
void restore(QWidget *form, const QJsonObject &values);

} // namespace Gui::FormSnapshot
