#ifndef RAPPORT_CREADLINE_SHIM_H
#define RAPPORT_CREADLINE_SHIM_H
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Readline is configured through global variables. Swift 6 treats every access to a
   C global as a data race, so the few that Rapport touches are set here, from the one
   thread that runs the line editor. */

static inline void rapport_rl_configure(const char *name, rl_completion_func_t *complete,
                                        const char *word_breaks) {
  rl_catch_signals = 0;
  rl_readline_name = name;
  rl_attempted_completion_function = complete;
  rl_completer_word_break_characters = word_breaks;
}

/* The whole line typed so far, for completions that depend on the command. */
static inline const char *rapport_rl_line_buffer(void) { return rl_line_buffer; }

/* Tells readline not to fall back to completing file names. */
static inline void rapport_rl_no_filename_completion(void) { rl_attempted_completion_over = 1; }

/* Ctrl-C: drops what was typed and shows a fresh prompt. */
static inline void rapport_rl_clear_line(void) {
  rl_replace_line("", 0);
  rl_point = 0;
  rl_end = 0;
  rl_crlf();
  rl_on_new_line();
  rl_redisplay();
}

/* Prints text above the line being edited and redraws the line as it was. */
static inline void rapport_rl_print_above(const char *text) {
  int saved_point = rl_point;
  char *saved_line = rl_copy_text(0, rl_end);
  rl_save_prompt();
  rl_replace_line("", 0);
  rl_redisplay();
  fputs(text, rl_outstream ? rl_outstream : stdout);
  fflush(rl_outstream ? rl_outstream : stdout);
  rl_restore_prompt();
  rl_replace_line(saved_line, 0);
  rl_point = saved_point;
  rl_forced_update_display();
  free(saved_line);
}
/* Keeping the terminal in readline's mode for the whole session. Readline's callback
   interface puts the terminal back in line mode each time a line is accepted; keys typed
   in between (Ctrl-D 3 ms after Enter, the 'p' that answers it) then reach the kernel's
   line discipline and are lost or misread. After the first prompt has prepared the
   terminal, these swap readline's prepare/restore hooks for no-ops until the session ends. */
static void rapport_rl_keep_prep(int meta) { (void)meta; }
static void rapport_rl_keep_deprep(void) {}
static rl_vintfunc_t *rapport_rl_saved_prep = 0;
static rl_voidfunc_t *rapport_rl_saved_deprep = 0;

static inline void rapport_rl_hold_terminal(void) {
  if (rapport_rl_saved_prep) return;
  rapport_rl_saved_prep = rl_prep_term_function;
  rapport_rl_saved_deprep = rl_deprep_term_function;
  rl_prep_term_function = rapport_rl_keep_prep;
  rl_deprep_term_function = rapport_rl_keep_deprep;
}

static inline void rapport_rl_release_terminal(void) {
  if (!rapport_rl_saved_prep) return;
  rl_prep_term_function = rapport_rl_saved_prep;
  rl_deprep_term_function = rapport_rl_saved_deprep;
  rapport_rl_saved_prep = 0;
  rapport_rl_saved_deprep = 0;
  rl_deprep_terminal();
}

/* Writes text (cursor moves, a status line) without touching the line being edited. */
static inline void rapport_rl_write_raw(const char *text) {
  FILE *out = rl_outstream ? rl_outstream : stdout;
  fputs(text, out);
  fflush(out);
}
#endif
