import { counter } from './count.js';

export const viewCount = counter({
  id: 'user_stats.view_count',
  description: 'Views / plays of content or a profile (playCount, viewCount, play_count, views)',
  names: {
    exact: ['playcount', 'views', 'viewcount', 'viewscount', 'plays', 'playscount', 'videoviewcount', 'totalviews', '播放量', '播放数', '浏览量', '阅读量', '观看数'],
    tokens: [['play', 'count'], ['view', 'count'], ['views', 'count'], ['views'], ['plays'], ['video', 'view', 'count'], ['total', 'views'], ['video', 'views'], ['profile', 'views'], ['watch', 'count']],
    negative: [['ids'], ['list'], ['url'], ['p'], ['rate']],
  },
  validNames: ['playCount', 'play_count', 'viewCount', 'views', 'statistics.viewCount', '播放量'],
  invalidNames: ['view_url', 'video_views_p25'],
});
