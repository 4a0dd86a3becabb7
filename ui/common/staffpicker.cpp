#include "staffpicker.h"

#include "staffdirectory.h"

namespace Gui {

StaffPicker::StaffPicker(const Context &context, const QStringList &roles, const QString &current,
                         QWidget *parent)
    : QComboBox(parent), m_connection(context.connection)
{
    const Models::StaffDirectory staff(m_connection);
    for (const Models::StaffPerson &p : staff.teamRoster(context.scope, roles))
        addItem(p.name, p.key);
    setStaffKey(current);
}

QString StaffPicker::staffKey() const
{
    return currentData().toString();
}

void StaffPicker::setStaffKey(const QString &key)
{
    if (key.isEmpty())
        return;
    int i = findData(key);
    if (i < 0) {
        insertItem(0, Models::StaffDirectory(m_connection).displayName(key), key);
        i = 0;
    }
    setCurrentIndex(i);
}

} // namespace Gui
