#include "sourcewords.h"

#include <QComboBox>
#include <QCoreApplication>

namespace Gui {

void addSourceItems(QComboBox *box, const char *context,
                    std::initializer_list<const char *> sources)
{
    for (const char *s : sources) {
        const QString source = QString::fromUtf8(s);
        box->addItem(source.isEmpty() ? QString() : QCoreApplication::translate(context, s),
                     source);
    }
}

QString sourceText(const QComboBox *box)
{
    const QVariant v = box->currentData();
    return v.isValid() ? v.toString() : box->currentText();
}

} // namespace Gui
