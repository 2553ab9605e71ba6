/*
 * Moves the wall clock of a process (and its children) by CLOSER_CLOCK_OFFSET_MS
 * milliseconds, and nothing else. LD_PRELOAD it into Firefox for end-to-end tests.
 *
 * Why not libfaketime: it hangs Firefox ESR before main() here (its lazy set-up calls
 * malloc while Firefox's allocator holds its lock to read the clock), and working around
 * that makes Firefox's timer threads spin. So this shim:
 *   - shifts only the wall clock: clock_gettime on CLOCK_REALTIME, CLOCK_REALTIME_COARSE
 *     (and the realtime-based CLOCK_REALTIME_ALARM and CLOCK_TAI), gettimeofday, time and
 *     timespec_get; monotonic, boot-time and CPU clocks stay real;
 *   - turns absolute realtime deadlines back into real ones (condition variables on
 *     CLOCK_REALTIME, clock_nanosleep TIMER_ABSTIME, semaphores, mutexes, rwlocks,
 *     realtime timerfds), so waits last exactly as long as they should;
 *   - looks up the real functions with dlsym(RTLD_NEXT) in a constructor, reads the
 *     offset with getenv, and never allocates: nothing here can call back into malloc.
 *     Before the constructor has run (nothing is expected to call in that early), the
 *     clock functions fall back to raw syscalls and the waits run the constructor first.
 *
 * Not covered: POSIX timers (timer_settime TIMER_ABSTIME on a realtime timer) and raw
 * futex syscalls with FUTEX_CLOCK_REALTIME: libxul imports no timer_* function, and its
 * timer thread waits on monotonic condition variables.
 *
 * Build: cc -shared -fPIC -O2 -o clock-shim.so clock-shim.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#define NS_PER_SEC 1000000000LL

/* The shift, split so that 0 <= offset_nsec < 1e9. */
static long long offset_sec;
static long long offset_nsec;
static int shifted;

static int (*real_clock_gettime)(clockid_t, struct timespec *);
static int (*real_gettimeofday)(struct timeval *, void *);
static int (*real_pthread_cond_timedwait)(pthread_cond_t *, pthread_mutex_t *, const struct timespec *);
static int (*real_pthread_cond_clockwait)(pthread_cond_t *, pthread_mutex_t *, clockid_t, const struct timespec *);
static int (*real_clock_nanosleep)(clockid_t, int, const struct timespec *, struct timespec *);
static int (*real_sem_timedwait)(sem_t *, const struct timespec *);
static int (*real_sem_clockwait)(sem_t *, clockid_t, const struct timespec *);
static int (*real_pthread_mutex_timedlock)(pthread_mutex_t *, const struct timespec *);
static int (*real_pthread_mutex_clocklock)(pthread_mutex_t *, clockid_t, const struct timespec *);
static int (*real_pthread_rwlock_timedrdlock)(pthread_rwlock_t *, const struct timespec *);
static int (*real_pthread_rwlock_timedwrlock)(pthread_rwlock_t *, const struct timespec *);
static int (*real_pthread_rwlock_clockrdlock)(pthread_rwlock_t *, clockid_t, const struct timespec *);
static int (*real_pthread_rwlock_clockwrlock)(pthread_rwlock_t *, clockid_t, const struct timespec *);
static int (*real_timerfd_create)(int, int);
static int (*real_timerfd_settime)(int, int, const struct itimerspec *, struct itimerspec *);

/* Which file descriptors are timerfds on a realtime clock (one bit each). */
#define TRACKED_FDS 65536
static unsigned char realtime_timerfds[TRACKED_FDS / 8];

static int is_wall_clock(clockid_t clock) {
  return clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE || clock == CLOCK_REALTIME_ALARM ||
         clock == CLOCK_TAI;
}

/* glibc keeps a condition variable's clock in bit 1 of __wrefs (nptl's
 * __PTHREAD_COND_CLOCK_MONOTONIC_MASK, stable since glibc 2.25). */
static int cond_uses_realtime(const pthread_cond_t *cond) {
  return (__atomic_load_n(&cond->__data.__wrefs, __ATOMIC_RELAXED) & 2) == 0;
}

/* Parses a decimal integer (optionally signed) without strtoll's locale machinery. */
static int parse_ms(const char *text, long long *out) {
  int negative = 0;
  long long value = 0;
  if (*text == '-' || *text == '+') negative = *text++ == '-';
  if (*text < '0' || *text > '9') return 0;
  for (; *text >= '0' && *text <= '9'; text++) {
    if (value > (LLONG_MAX - 9) / 10) return 0;
    value = value * 10 + (*text - '0');
  }
  if (*text != '\0') return 0;
  *out = negative ? -value : value;
  return 1;
}

static void *next_symbol(const char *name) {
  return dlsym(RTLD_NEXT, name);
}

static int initialised;

__attribute__((constructor(101))) static void init_clock_shim(void) {
  real_clock_gettime = next_symbol("clock_gettime");
  real_gettimeofday = next_symbol("gettimeofday");
  /* dlsym without a version may find the pre-NPTL compat symbol of glibc 2.2.5. */
  real_pthread_cond_timedwait = dlvsym(RTLD_NEXT, "pthread_cond_timedwait", "GLIBC_2.3.2");
  if (!real_pthread_cond_timedwait) real_pthread_cond_timedwait = next_symbol("pthread_cond_timedwait");
  real_pthread_cond_clockwait = next_symbol("pthread_cond_clockwait");
  real_clock_nanosleep = next_symbol("clock_nanosleep");
  real_sem_timedwait = next_symbol("sem_timedwait");
  real_sem_clockwait = next_symbol("sem_clockwait");
  real_pthread_mutex_timedlock = next_symbol("pthread_mutex_timedlock");
  real_pthread_mutex_clocklock = next_symbol("pthread_mutex_clocklock");
  real_pthread_rwlock_timedrdlock = next_symbol("pthread_rwlock_timedrdlock");
  real_pthread_rwlock_timedwrlock = next_symbol("pthread_rwlock_timedwrlock");
  real_pthread_rwlock_clockrdlock = next_symbol("pthread_rwlock_clockrdlock");
  real_pthread_rwlock_clockwrlock = next_symbol("pthread_rwlock_clockwrlock");
  real_timerfd_create = next_symbol("timerfd_create");
  real_timerfd_settime = next_symbol("timerfd_settime");

  const char *text = getenv("CLOSER_CLOCK_OFFSET_MS");
  long long ms;
  if (text && parse_ms(text, &ms)) {
    long long sec = ms / 1000, msec = ms % 1000;
    if (msec < 0) {
      msec += 1000;
      sec -= 1;
    }
    offset_sec = sec;
    offset_nsec = msec * 1000000LL;
    shifted = offset_sec != 0 || offset_nsec != 0;
  }
  __atomic_store_n(&initialised, 1, __ATOMIC_RELEASE);
}

/* For a wait called before the constructor ran (none is expected): set up first. Idempotent. */
static void ensure_initialised(void) {
  if (!__atomic_load_n(&initialised, __ATOMIC_ACQUIRE)) init_clock_shim();
}

/* ts += sign * offset, normalised; leaves values it cannot move safely untouched. */
static void move(struct timespec *ts, int sign) {
  if (ts->tv_nsec < 0 || ts->tv_nsec >= NS_PER_SEC) return; /* invalid: let the real call say EINVAL */
  long long sec = sign * offset_sec;
  long long nsec = ts->tv_nsec + sign * offset_nsec;
  if (nsec >= NS_PER_SEC) {
    nsec -= NS_PER_SEC;
    sec += 1;
  } else if (nsec < 0) {
    nsec += NS_PER_SEC;
    sec -= 1;
  }
  /* "Forever" deadlines such as { LONG_MAX, 0 } stay forever. */
  if ((sec > 0 && ts->tv_sec > LLONG_MAX - sec) || (sec < 0 && ts->tv_sec < LLONG_MIN - sec)) return;
  ts->tv_sec += sec;
  ts->tv_nsec = nsec;
  if (ts->tv_sec < 0) { /* a deadline before the epoch is simply in the past */
    ts->tv_sec = 0;
    ts->tv_nsec = 0;
  }
}

/* A shifted absolute realtime deadline as the real one, in `buffer`. */
static const struct timespec *real_deadline(const struct timespec *deadline, struct timespec *buffer) {
  if (!shifted || !deadline) return deadline;
  *buffer = *deadline;
  move(buffer, -1);
  return buffer;
}

int clock_gettime(clockid_t clock, struct timespec *ts) {
  int result = real_clock_gettime ? real_clock_gettime(clock, ts) : (int)syscall(SYS_clock_gettime, clock, ts);
  /* glibc declares `ts` nonnull; the volatile copy keeps the check from being optimised away. */
  struct timespec *volatile out = ts;
  if (result == 0 && shifted && out && is_wall_clock(clock)) move(out, 1);
  return result;
}

int gettimeofday(struct timeval *tv, void *tz) {
  int result = real_gettimeofday ? real_gettimeofday(tv, tz) : (int)syscall(SYS_gettimeofday, tv, tz);
  struct timeval *volatile out = tv; /* see clock_gettime */
  if (result == 0 && shifted && out) {
    struct timespec ts = {tv->tv_sec, tv->tv_usec * 1000L};
    move(&ts, 1);
    tv->tv_sec = ts.tv_sec;
    tv->tv_usec = ts.tv_nsec / 1000L;
  }
  return result;
}

time_t time(time_t *out) {
  struct timespec ts;
  if (clock_gettime(CLOCK_REALTIME, &ts) != 0) return (time_t)-1;
  if (out) *out = ts.tv_sec;
  return ts.tv_sec;
}

int timespec_get(struct timespec *ts, int base) {
  if (base != TIME_UTC || clock_gettime(CLOCK_REALTIME, ts) != 0) return 0;
  return base;
}

int pthread_cond_timedwait(pthread_cond_t *cond, pthread_mutex_t *mutex, const struct timespec *deadline) {
  ensure_initialised();
  struct timespec buffer;
  if (cond_uses_realtime(cond)) deadline = real_deadline(deadline, &buffer);
  return real_pthread_cond_timedwait(cond, mutex, deadline);
}

int pthread_cond_clockwait(pthread_cond_t *cond, pthread_mutex_t *mutex, clockid_t clock,
                           const struct timespec *deadline) {
  ensure_initialised();
  struct timespec buffer;
  if (is_wall_clock(clock)) deadline = real_deadline(deadline, &buffer);
  return real_pthread_cond_clockwait(cond, mutex, clock, deadline);
}

int clock_nanosleep(clockid_t clock, int flags, const struct timespec *request, struct timespec *remain) {
  ensure_initialised();
  struct timespec buffer;
  if ((flags & TIMER_ABSTIME) && is_wall_clock(clock)) request = real_deadline(request, &buffer);
  return real_clock_nanosleep(clock, flags, request, remain);
}

int sem_timedwait(sem_t *sem, const struct timespec *deadline) {
  ensure_initialised();
  struct timespec buffer;
  return real_sem_timedwait(sem, real_deadline(deadline, &buffer));
}

int sem_clockwait(sem_t *sem, clockid_t clock, const struct timespec *deadline) {
  ensure_initialised();
  struct timespec buffer;
  if (is_wall_clock(clock)) deadline = real_deadline(deadline, &buffer);
  return real_sem_clockwait(sem, clock, deadline);
}

int pthread_mutex_timedlock(pthread_mutex_t *mutex, const struct timespec *deadline) {
  ensure_initialised();
  struct timespec buffer;
  return real_pthread_mutex_timedlock(mutex, real_deadline(deadline, &buffer));
}

int pthread_mutex_clocklock(pthread_mutex_t *mutex, clockid_t clock, const struct timespec *deadline) {
  ensure_initialised();
  struct timespec buffer;
  if (is_wall_clock(clock)) deadline = real_deadline(deadline, &buffer);
  return real_pthread_mutex_clocklock(mutex, clock, deadline);
}

int pthread_rwlock_timedrdlock(pthread_rwlock_t *lock, const struct timespec *deadline) {
  ensure_initialised();
  struct timespec buffer;
  return real_pthread_rwlock_timedrdlock(lock, real_deadline(deadline, &buffer));
}

int pthread_rwlock_timedwrlock(pthread_rwlock_t *lock, const struct timespec *deadline) {
  ensure_initialised();
  struct timespec buffer;
  return real_pthread_rwlock_timedwrlock(lock, real_deadline(deadline, &buffer));
}

int pthread_rwlock_clockrdlock(pthread_rwlock_t *lock, clockid_t clock, const struct timespec *deadline) {
  ensure_initialised();
  struct timespec buffer;
  if (is_wall_clock(clock)) deadline = real_deadline(deadline, &buffer);
  return real_pthread_rwlock_clockrdlock(lock, clock, deadline);
}

int pthread_rwlock_clockwrlock(pthread_rwlock_t *lock, clockid_t clock, const struct timespec *deadline) {
  ensure_initialised();
  struct timespec buffer;
  if (is_wall_clock(clock)) deadline = real_deadline(deadline, &buffer);
  return real_pthread_rwlock_clockwrlock(lock, clock, deadline);
}

int timerfd_create(int clock, int flags) {
  ensure_initialised();
  int fd = real_timerfd_create(clock, flags);
  if (fd >= 0 && fd < TRACKED_FDS) {
    unsigned char bit = (unsigned char)(1u << (fd % 8));
    if (is_wall_clock(clock))
      __atomic_fetch_or(&realtime_timerfds[fd / 8], bit, __ATOMIC_RELAXED);
    else
      __atomic_fetch_and(&realtime_timerfds[fd / 8], (unsigned char)~bit, __ATOMIC_RELAXED);
  }
  return fd;
}

int timerfd_settime(int fd, int flags, const struct itimerspec *value, struct itimerspec *old) {
  ensure_initialised();
  struct itimerspec buffer;
  int realtime = fd >= 0 && fd < TRACKED_FDS &&
                 (__atomic_load_n(&realtime_timerfds[fd / 8], __ATOMIC_RELAXED) & (1u << (fd % 8)));
  /* A zero it_value disarms the timer and must stay zero. */
  if (shifted && realtime && (flags & TFD_TIMER_ABSTIME) && value &&
      (value->it_value.tv_sec != 0 || value->it_value.tv_nsec != 0)) {
    buffer = *value;
    move(&buffer.it_value, -1);
    if (buffer.it_value.tv_sec == 0 && buffer.it_value.tv_nsec == 0) buffer.it_value.tv_nsec = 1;
    value = &buffer;
  }
  /* timerfd_gettime and `old` report time left, which needs no conversion. */
  return real_timerfd_settime(fd, flags, value, old);
}
