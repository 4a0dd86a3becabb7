#pragma once

#include "context.h"

#include <QComboBox>
#include <QStringList>

namespace Gui {

// A pick list of the team roster by name (责任医生, 随访医生, 接种者 ...): what people read is the
// name, what the record stores is the staff key (currentData). `current` is selected; a key that
// is not on the roster (an administrator, a retired doctor on an old record) is added by its
// name so that opening a record never changes who it names. Never takes wheel events unfocused
// (WheelGuard is installed app-wide).
class StaffPicker : public QComboBox
{
    Q_OBJECT
public:
    StaffPicker(const Context &context, const QStringList &roles, const QString &current,
                QWidget *parent = nullptr);

    QString staffKey() const;
    void setStaffKey(const QString &key);

private:
    QString m_connection;
};

} // namespace Gui
