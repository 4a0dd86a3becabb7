#pragma once

#include "context.h"

#include <QString>

class QWidget;

namespace Gui {

// 更正 on the resident screen: opens the timeline entry's own form (encounter or health check)
// filled in from the entry; saving stores a new version that supersedes it (append-only).
class EntryCorrection
{
public:
    static bool canCorrect(const QString &kind);
    // Returns the new version's id when a correction was saved, else an empty string.
    static QString run(const Context &context, const QString &kind, const QString &entryId,
                       QWidget *parent);
};

} // namespace Gui
