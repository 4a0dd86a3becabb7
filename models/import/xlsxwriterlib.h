#pragma once

// libxlsxwriter, loaded at run time with RTLD_DEEPBIND. Why: libxlsxwriter calls minizip's
// zipOpen*, and QuaZip (which reads .xlsx) exports functions of the same names with different
// arguments; linked into one process, libxlsxwriter would call QuaZip's and crash. DEEPBIND
// makes it use its own libminizip.

#include <QString>

#include <xlsxwriter.h>

namespace Models {

struct XlsxWriterLib
{
    decltype(&::workbook_new) workbookNew = nullptr;
    decltype(&::workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&::workbook_add_format) addFormat = nullptr;
    decltype(&::format_set_bold) setBold = nullptr;
    decltype(&::format_set_num_format) setNumFormat = nullptr;
    decltype(&::worksheet_write_string) writeString = nullptr;
    decltype(&::worksheet_write_number) writeNumber = nullptr;
    decltype(&::worksheet_write_datetime) writeDatetime = nullptr;
    decltype(&::worksheet_set_column) setColumn = nullptr;
    // Layout and print set-up of report tables (models/reports/tableexport.cpp).
    decltype(&::format_set_align) setAlign = nullptr;
    decltype(&::format_set_border) setBorder = nullptr;
    decltype(&::format_set_text_wrap) setTextWrap = nullptr;
    decltype(&::format_set_font_size) setFontSize = nullptr;
    decltype(&::worksheet_merge_range) mergeRange = nullptr;
    decltype(&::worksheet_set_row) setRow = nullptr;
    decltype(&::worksheet_set_landscape) setLandscape = nullptr;
    decltype(&::worksheet_set_paper) setPaper = nullptr;
    decltype(&::worksheet_repeat_rows) repeatRows = nullptr;
    decltype(&::worksheet_fit_to_pages) fitToPages = nullptr;
    decltype(&::workbook_close) close = nullptr;
    decltype(&::lxw_strerror) strerror = nullptr;
    bool ok = false;
    QString error;

    static const XlsxWriterLib &get();
};

} // namespace Models
