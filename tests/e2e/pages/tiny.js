// npm run bench: the smallest script a page can have in <head>, to show what any blocking script costs.
