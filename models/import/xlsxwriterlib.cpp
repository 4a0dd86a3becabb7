#include "xlsxwriterlib.h"

#include <dlfcn.h>

namespace Models {

const XlsxWriterLib &XlsxWriterLib::get()
{
    static const XlsxWriterLib lib = [] {
        XlsxWriterLib l;
        void *h = nullptr;
        for (const char *name : {"libxlsxwriter.so.4", "libxlsxwriter.so"}) {
            h = dlopen(name, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
            if (h)
                break;
        }
        if (!h) {
            l.error = QString::fromLocal8Bit(dlerror());
            return l;
        }
        bool all = true;
        auto sym = [&](auto &fn, const char *name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(h, name));
            all = all && fn;
        };
        sym(l.workbookNew, "workbook_new");
        sym(l.addWorksheet, "workbook_add_worksheet");
        sym(l.addFormat, "workbook_add_format");
        sym(l.setBold, "format_set_bold");
        sym(l.setNumFormat, "format_set_num_format");
        sym(l.writeString, "worksheet_write_string");
        sym(l.writeNumber, "worksheet_write_number");
        sym(l.writeDatetime, "worksheet_write_datetime");
        sym(l.setColumn, "worksheet_set_column");
        sym(l.close, "workbook_close");
        sym(l.strerror, "lxw_strerror");
        l.ok = all;
        if (!all)
            l.error = QStringLiteral("libxlsxwriter: missing symbols");
        return l;
    }();
    return lib;
}

} // namespace Models
