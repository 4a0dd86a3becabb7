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
        sym(l.setAlign, "format_set_align");
        sym(l.setBorder, "format_set_border");
        sym(l.setTextWrap, "format_set_text_wrap");
        sym(l.setFontSize, "format_set_font_size");
        sym(l.mergeRange, "worksheet_merge_range");
        sym(l.setRow, "worksheet_set_row");
        sym(l.setLandscape, "worksheet_set_landscape");
        sym(l.setPaper, "worksheet_set_paper");
        sym(l.repeatRows, "worksheet_repeat_rows");
        sym(l.fitToPages, "worksheet_fit_to_pages");
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
