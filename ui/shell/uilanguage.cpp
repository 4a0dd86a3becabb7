#include "uilanguage.h"

#include "codetable.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Gui {

void installLanguage(const QString &language)
{
    static QPointer<QTranslator> qt, own;
    for (QPointer<QTranslator> *t : {&qt, &own})
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    const bool english = language.startsWith(QLatin1String("en"));
    Models::CodeTable::setEnglish(english);
    qt = new QTranslator(qApp);
    if (qt->load(QLocale(english ? QStringLiteral("en") : QStringLiteral("zh_CN")),
                 QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    own = new QTranslator(qApp);
    if (own->load(english ? QStringLiteral(":/i18n/jiayi_en.qm")
                          : QStringLiteral(":/i18n/jiayi_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
}

} // namespace Gui
