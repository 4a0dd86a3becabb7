void jiayiUiPlaceholder() {}
